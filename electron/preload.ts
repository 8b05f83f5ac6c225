import { contextBridge, ipcRenderer } from 'electron';
import { methodNames, type TerrainBridge } from '../shared/api';

// The channel name is repeated here rather than imported from ipc.ts so the sandboxed preload bundle stays
// free of main-process code.
const API_CHANNEL = 'terrain:api';

const bridge = Object.fromEntries(
  methodNames.map((name) => [name, (input: unknown) => ipcRenderer.invoke(API_CHANNEL, name, input)]),
) as TerrainBridge satisfies TerrainBridge;

contextBridge.exposeInMainWorld('terrain', bridge);
