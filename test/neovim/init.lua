-- Dateline in Neovim 0.7 or later (Debian's neovim): start the language server for the
-- articles under corpus/ and attach it to each one opened. Used by neovim.e2e.ts; also a
-- working example for users (see README.md).
local root = vim.fn.getcwd()
-- The server: DATELINE_SERVER, else `dateline-language-server` on PATH (npm install -g), else the
-- bundle of the checkout this file is in (npm run build).
local here = vim.fn.fnamemodify(debug.getinfo(1, 'S').source:sub(2), ':p:h')
local checkout_server = here .. '/../../dist/server.js'
local server = vim.env.DATELINE_SERVER
if not server then
  if vim.fn.executable('dateline-language-server') == 1 then
    server = 'dateline-language-server'
  elseif vim.fn.filereadable(checkout_server) == 1 then
    server = vim.fn.fnamemodify(checkout_server, ':p')
  end
end
local cmd = server and (server:match('%.js$') and { 'node', server, '--stdio' } or { server, '--stdio' })
local client_id
vim.api.nvim_create_autocmd('BufReadPost', {
  pattern = { '*/corpus/*.txt', '*/entities/*.md' },
  callback = function(args)
    if not cmd then
      vim.notify('Dateline: no language server found. Run `npm run build` in the Dateline checkout, or `npm install -g .`, or set DATELINE_SERVER to dist/server.js.', vim.log.levels.ERROR)
      return
    end
    client_id = client_id or vim.lsp.start_client({
      name = 'dateline',
      cmd = cmd,
      root_dir = root,
      workspace_folders = { { uri = vim.uri_from_fname(root), name = 'articles' } },
      -- Neovim shows every diagnostic as virtual text: the hint on each name without a card would
      -- crowd the page, so it is turned off here (any `dateline.*` setting can be given so).
      init_options = { settings = { checks = { ['entity-without-card'] = 'off' } } },
    })
    if not client_id then
      vim.notify('Dateline: the language server did not start (' .. table.concat(cmd, ' ') .. ').', vim.log.levels.ERROR)
      return
    end
    vim.lsp.buf_attach_client(args.buf, client_id)
    local map = function(keys, fn) vim.keymap.set('n', keys, fn, { buffer = args.buf }) end
    map('K', vim.lsp.buf.hover)
    map('gd', vim.lsp.buf.definition)
    map('gr', vim.lsp.buf.references)
    map('ga', vim.lsp.buf.code_action)
  end,
})
