'use strict';

var node_module = require('node:module');

const __builtin = node_module.createRequire(require('node:url').pathToFileURL(__filename).href)("node:child_process");

exports.__builtin = __builtin;
