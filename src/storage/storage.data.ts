import type { Source } from '../_lib/provenance.js';

/**
 * R-STOR-2: the number of messages is not limited, but the provider advises against keeping
 * more than 4,000 to 5,000 messages in one folder (indexing becomes slow). Up to
 * `comfortable` a folder is fine; above it a warning; above `max`, too many.
 *
 * @example
 * ```ts
 * FOLDER_MESSAGE_ADVICE.comfortable; // 4000
 * FOLDER_MESSAGE_ADVICE.max;         // 5000
 * ```
 * @see R-STOR-2
 */
export const FOLDER_MESSAGE_ADVICE = {
  comfortable: 4000,
  max: 5000,
  source: {
    rule: 'R-STOR-2',
    seedLines: [366, 368],
    quote: 'no se recomienda conservar más de 4000 a 5000 mensajes por carpeta',
    interpretation:
      'The seed gives a range: up to 4,000 is fine, 4,001–5,000 earns a warning, above 5,000 is too many.',
  },
} as const satisfies { comfortable: number; max: number; source: Source };
