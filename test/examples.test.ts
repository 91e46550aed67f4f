import { zodResolver } from '@hookform/resolvers/zod';
import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { createLocalPartSchema } from '../src/zod/index.js';

// The resolver of examples/react-hook-form/SignupForm.tsx, as react-hook-form calls it.
const signupSchema = (locale: 'fr' | 'de') =>
  z.object({ localPart: createLocalPartSchema({ locale }) });
const options = { fields: {}, shouldUseNativeValidation: false } as const;

describe('react-hook-form with zodResolver', () => {
  it('gives the field error in the form’s language', async () => {
    const result = await zodResolver(signupSchema('fr'))(
      { localPart: 'jean..dupont' },
      undefined,
      options,
    );
    expect(result.errors.localPart?.message).toBe(
      'Deux points (..) de suite ne sont pas autorisés.',
    );
  });

  it('passes a valid value through', async () => {
    const result = await zodResolver(signupSchema('de'))(
      { localPart: 'jean.dupont' },
      undefined,
      options,
    );
    expect(result).toEqual({ values: { localPart: 'jean.dupont' }, errors: {} });
  });
});
