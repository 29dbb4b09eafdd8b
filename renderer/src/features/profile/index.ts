// The profile feature's public module: first-run onboarding and the profile form in Settings.
export { OnboardingPage } from './OnboardingPage';
export { ProfileForm } from './ProfileForm';
export { useProfile } from './use-profile';
