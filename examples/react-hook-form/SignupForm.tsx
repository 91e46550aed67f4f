// A sign-up form that validates the address to create as the person types, in their
// language, with react-hook-form and the library's zod schema. Type-checked by `npm test`
// (tsconfig.examples.json); test/examples.test.ts runs its resolver.
import { zodResolver } from '@hookform/resolvers/zod';
import { suggestLocalPart } from 'infomaniak-mail-policy';
import { createLocalPartSchema } from 'infomaniak-mail-policy/zod';
import { useForm } from 'react-hook-form';
import * as z from 'zod';

type Locale = 'en' | 'fr' | 'de' | 'it' | 'es';

export function signupSchema(locale: Locale) {
  return z.object({ localPart: createLocalPartSchema({ locale }) });
}

export type SignupValues = z.infer<ReturnType<typeof signupSchema>>;

export function SignupForm(props: {
  readonly locale: Locale;
  readonly domain: string;
  readonly onCreate: (values: SignupValues) => void;
}) {
  const { register, handleSubmit, formState, getValues, setValue } = useForm<SignupValues>({
    resolver: zodResolver(signupSchema(props.locale)),
    mode: 'onChange',
    defaultValues: { localPart: '' },
  });
  const error = formState.errors.localPart?.message;
  const suggestion = error ? suggestLocalPart(getValues('localPart')) : null;
  return (
    <form onSubmit={handleSubmit(props.onCreate)} noValidate>
      <label htmlFor="local-part">Address</label>
      <input id="local-part" aria-describedby="local-part-error" {...register('localPart')} />
      <span>@{props.domain}</span>
      <p id="local-part-error" aria-live="polite">
        {error}
      </p>
      {suggestion && (
        <button
          type="button"
          onClick={() => setValue('localPart', suggestion, { shouldValidate: true })}
        >
          {suggestion}
        </button>
      )}
      <button type="submit" disabled={!formState.isValid}>
        Create
      </button>
    </form>
  );
}
