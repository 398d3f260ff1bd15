#!/usr/bin/env node
// Starts the Dateline language server; pass --stdio for editors that talk over stdin/stdout.
require("../dist/server.js");
