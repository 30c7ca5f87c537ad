import { contextBridge, ipcRenderer } from 'electron';
import { createApi } from './api';

// The page gets named functions only; ipcRenderer itself never crosses the bridge.
contextBridge.exposeInMainWorld('asesa', createApi(ipcRenderer));
