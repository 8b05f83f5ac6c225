import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import yaml from 'js-yaml';
import { validateConfiguration } from 'app-builder-lib/out/util/config/config';
import type { Configuration } from 'app-builder-lib';

const quietLogger = { isEnabled: false, add: () => {} } as unknown as Parameters<
  typeof validateConfiguration
>[1];

function load(): Configuration {
  return yaml.load(fs.readFileSync('electron-builder.yml', 'utf8')) as Configuration;
}

describe('electron-builder.yml', () => {
  it('is valid against electron-builder’s own configuration schema', async () => {
    await expect(validateConfiguration(load(), quietLogger)).resolves.toBeUndefined();
  });

  it('builds the installers the team ships, for Terrain workspaces', () => {
    const config = load();
    expect(config.productName).toBe('Terrain');
    expect(config.appId).toMatch(/^[a-z]+\.[a-z]+\.[a-z]+$/);
    expect(config.linux?.target).toEqual(['AppImage', 'deb']);
    expect(config.win?.target).toEqual(['nsis']);
    expect(config.mac?.target).toEqual(['dmg']);
    expect(JSON.stringify(config.fileAssociations)).toContain('"ext":"terrain"');
  });

  it('is checked for real: a misspelt option is refused by the same validation', async () => {
    const broken = { ...load(), prodcutName: 'Terrain' } as unknown as Configuration;
    await expect(validateConfiguration(broken, quietLogger)).rejects.toThrow(/prodcutName/);
  });
});
