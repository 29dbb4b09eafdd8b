import type { Translations } from '../types';
import type { errors as ja } from '../ja/errors';

export const errors: Translations<typeof ja> = {
  title: 'Something went wrong',
  code: {
    invalid_request: 'Some of the entries need checking.',
    unknown_channel: 'The app made an internal call it does not know. Please restart the app.',
    forbidden: 'This action is not allowed. Please reopen the app.',
    not_found: 'The data could not be found.',
    conflict: 'This clashed with another change and was not saved. Please reopen the page.',
    no_workspace: 'No company has been set up yet.',
    storage_failed: 'The data could not be saved on this computer. Check the free space and the data folder.',
    storage_full: 'The disk is full, so nothing was saved and your data is unchanged. Free some disk space, then save again.',
    storage_read_only: 'The data folder cannot be written to, so nothing was saved and your data is unchanged. Check the folder permissions (is it read-only?), then save again.',
    unsupported_version: 'This file was made by a newer version of the app. Please update the app.',
    invalid_file: 'The file could not be read.',
    wrong_passphrase: 'The passphrase is not correct.',
    too_large: 'The data is too large.',
    cancelled: 'Cancelled.',
    unavailable: 'This feature is not available here.',
    internal: 'An unexpected error occurred. Please try again.',
  },
  field: {
    required: 'Please fill this in.',
    too_big: 'Too long.',
    too_small: 'Too small.',
    invalid_format: 'The format is not right.',
    invalid_type: 'This value is not valid.',
    invalid_value: 'Please choose one of the options.',
    not_integer: 'Please enter a whole number.',
    period_end_before_start: 'The end date must be after the start date.',
    invalid_email: 'This does not look like an email address (e.g. info@example.com).',
    review_before_applies: 'The review date must not be before the date it shows.',
    url: 'Enter a link that starts with https:// or http://.',
    generic: 'Please check this entry.',
  },
};
