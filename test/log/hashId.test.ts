// hashId keeps the hashes it made: a kept hash must be the one a fresh computation gives, for the
// salt in use, also after the salt changes and after the cache fills.
import { createHash } from 'node:crypto';
import { hashId } from '../../lambda/src/log/logger';

const fresh = (id: string, salt: string): string => createHash('sha256').update(salt).update('\u0000').update(id).digest('hex').slice(0, 16);

test('every hash equals a fresh one for its salt, asked again, across salts and past the bound', () => {
  const salts = ['salt-one-of-at-least-thirty-two-chars', 'another-salt-of-at-least-thirty-two'];
  for (let round = 0; round < 3; round += 1) {
    for (const salt of salts) {
      for (let i = 0; i < 400; i += 1) {
        const id = `amzn1.ask.account.${i % 300}`;
        expect(hashId(id, salt)).toBe(fresh(id, salt));
      }
    }
  }
  expect(hashId('x', salts[0])).not.toBe(hashId('x', salts[1]));
});
