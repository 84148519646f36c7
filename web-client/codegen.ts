import type { CodegenConfig } from '@graphql-codegen/cli';

// Operations are typed from the API's schema of record; src/gql/ is generated (git-ignored).
const config: CodegenConfig = {
  schema: '../schema/marketplace.graphql',
  documents: ['src/**/*.{ts,tsx}', '!src/gql/**/*'],
  ignoreNoDocuments: true,
  generates: {
    './src/gql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        scalars: { DateOnly: 'string', DateTimeOffset: 'string', Decimal: 'number', GeoJSONGeometry: "import('geojson').Geometry" },
      },
    },
  },
};
export default config;
