import { scsScale } from '../../../../shared/frameworks/scs-star3';

/** ○ △ ✖ － for an answer value, as the scale defines them. */
export function markOf(value: string): string {
  return scsScale.find((s) => s.value === value)?.mark ?? '';
}
