import { describe, expect, test } from 'vitest';
import { checkName, describeConvention, suggestName } from '../../src/plan/conventions.js';
import type { NamingConvention } from '../../src/plan/types.js';

describe('checkName', () => {
  const cases: [NamingConvention, string, boolean][] = [
    ['object-action', 'Account Created', true],
    ['object-action', 'Product Added to Cart', true],
    ['object-action', 'Data Sent', true],
    ['object-action', 'User Signed Up', true],
    ['object-action', 'iOS App Installed', true],
    ['object-action', 'Signed Up', false],
    ['object-action', 'Clicked Red Button', false],
    ['object-action', 'Legacy Signup', false],
    ['object-action', 'Order completed', false],
    ['object-action', 'account_created', false],
    ['Title Case', 'Account Created', true],
    ['Title Case', 'Product Added to Cart', true],
    ['Title Case', 'Step 2 Completed', true],
    ['Title Case', 'account Created', false],
    ['Title Case', 'Account  Created', false],
    ['snake_case', 'account_created', true],
    ['snake_case', 'step_2', true],
    ['snake_case', 'accountCreated', false],
    ['snake_case', 'account__created', false],
    ['snake_case', 'Account_created', false],
    ['camelCase', 'accountCreated', true],
    ['camelCase', 'plan', true],
    ['camelCase', 'AccountCreated', false],
    ['camelCase', 'account_created', false],
    [{ pattern: '^[A-Z][a-z]+\\.[A-Z][a-z]+$' }, 'App.Opened', true],
    [{ pattern: '^[A-Z][a-z]+\\.[A-Z][a-z]+$' }, 'app.opened', false],
  ];
  test.each(cases)('%j: %j is %s', (convention, name, expected) => {
    expect(checkName(name, convention)).toBe(expected);
  });
});

test('describeConvention', () => {
  expect(describeConvention('object-action')).toBe('object-action (an object, then a past-tense action, in Title Case: "Account Created")');
  expect(describeConvention('Title Case')).toBe('Title Case ("Account Created")');
  expect(describeConvention('snake_case')).toBe('snake_case ("account_created")');
  expect(describeConvention('camelCase')).toBe('camelCase ("accountCreated")');
  expect(describeConvention({ pattern: '^[a-z]+$' })).toBe('the pattern /^[a-z]+$/');
});

describe('suggestName', () => {
  const cases: [string, NamingConvention, string | undefined][] = [
    ['accountCreated', 'snake_case', 'account_created'],
    ['Account Created', 'snake_case', 'account_created'],
    ['account_created', 'camelCase', 'accountCreated'],
    ['user-ID', 'camelCase', 'userId'],
    ['account_created', 'Title Case', 'Account Created'],
    ['product added to cart', 'Title Case', 'Product Added to Cart'],
    ['account_created', 'object-action', 'Account Created'],
    ['Clicked Red Button', 'object-action', 'Red Button Clicked'],
    ['signed_in_user', 'object-action', 'User Signed In'],
    ['Signed Up', 'object-action', undefined],
    ['Account Created', 'object-action', undefined],
    ['anything', { pattern: '^x' }, undefined],
  ];
  test.each(cases)('%j in %j → %j', (name, convention, expected) => {
    expect(suggestName(name, convention)).toBe(expected);
  });
});
