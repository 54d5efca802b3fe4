// Unit tests call the synchronous collectors and validators directly. The scan pipeline loads the precompiled
// first-error validators before them when a tree needs them (src/validate/precompiled.ts); here they are loaded
// once for every test file. __tests__/validate/lazy.test.ts covers the loading itself.
import { loadFirstErrorValidators } from '../src/validate/precompiled.ts';

await loadFirstErrorValidators();
