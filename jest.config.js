// Jest runs the TypeScript sources through ts-jest as native ESM (the package is "type": "module").
// isolatedModules keeps it fast; `npm run typecheck` type-checks the tests separately.
export default {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: {
    '^.+\\.ts$': ['ts-jest', { useESM: true, tsconfig: 'tsconfig.test.json', isolatedModules: true }],
  },
  roots: ['<rootDir>/src', '<rootDir>/tests', '<rootDir>/emulator', '<rootDir>/scripts'],
  testMatch: ['**/*.test.ts'],
  testTimeout: 60000,
};
