-- Dateline in Neovim 0.7 or later (Debian's neovim): start the language server for the
-- articles under corpus/ and attach it to each one opened. Used by neovim.e2e.ts; also a
-- working example for users (see README.md).
local root = vim.fn.getcwd()
local server = vim.env.DATELINE_SERVER or 'dateline-language-server'
local cmd = server:match('%.js$') and { 'node', server, '--stdio' } or { server, '--stdio' }
local client_id
vim.api.nvim_create_autocmd('BufReadPost', {
  pattern = { '*/corpus/*.txt', '*/entities/*.md' },
  callback = function(args)
    client_id = client_id or vim.lsp.start_client({
      name = 'dateline',
      cmd = cmd,
      root_dir = root,
      workspace_folders = { { uri = vim.uri_from_fname(root), name = 'articles' } },
    })
    vim.lsp.buf_attach_client(args.buf, client_id)
    local map = function(keys, fn) vim.keymap.set('n', keys, fn, { buffer = args.buf }) end
    map('K', vim.lsp.buf.hover)
    map('gd', vim.lsp.buf.definition)
    map('gr', vim.lsp.buf.references)
    map('ga', vim.lsp.buf.code_action)
  end,
})
