#!/usr/bin/env node
'use strict';
const path = require('node:path');
const fs = require('node:fs');

const cli = path.join(__dirname, '..', 'dist', 'host', 'cli.cjs');
if (!fs.existsSync(cli)) {
  process.stderr.write(
    'terrain : la ligne de commande n’est pas construite. Lancez « npm run build » dans le dossier de Terrain.\n',
  );
  process.exit(1);
}
require(cli).run();
