'use strict';

var node_module = require('node:module');

function _mergeNamespaces(n, m) {
	m.forEach(function (e) {
		e && typeof e !== 'string' && !Array.isArray(e) && Object.keys(e).forEach(function (k) {
			if (k !== 'default' && !(k in n)) {
				var d = Object.getOwnPropertyDescriptor(e, k);
				Object.defineProperty(n, k, d.get ? d : {
					enumerable: true,
					get: function () { return e[k]; }
				});
			}
		});
	});
	return Object.freeze(n);
}

const __builtin = node_module.createRequire(require('node:url').pathToFileURL(__filename).href)("node:child_process");

var _builtin_node_child_process = /*#__PURE__*/_mergeNamespaces({
	__proto__: null
}, [__builtin]);

exports.__builtin = __builtin;
exports._builtin_node_child_process = _builtin_node_child_process;
