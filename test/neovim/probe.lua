-- Run by neovim.e2e.ts: hover, definition and diagnostics through Neovim's own LSP client.
local out = {}
vim.cmd('edit corpus/moscow-times-2020-11-21.txt')
vim.wait(15000, function()
  local c = vim.lsp.get_active_clients()[1]
  return c ~= nil and c.initialized
end, 100)
local client = vim.lsp.get_active_clients()[1]
local uri = vim.uri_from_bufnr(0)
local line = vim.fn.search('Pashinyan was speaking') - 1
local hover = client.request_sync('textDocument/hover', { textDocument = { uri = uri }, position = { line = line, character = 2 } }, 15000, 0)
out.hover = hover and hover.result and hover.result.contents.value or ''
local def = client.request_sync('textDocument/definition', { textDocument = { uri = uri }, position = { line = line, character = 2 } }, 15000, 0)
out.definition = def and def.result and (def.result.uri or (def.result[1] and def.result[1].uri)) or ''
vim.cmd('edit corpus/azerbaijan-warns-against-deployment-to-karabakh.txt')
vim.wait(15000, function()
  for _, d in ipairs(vim.diagnostic.get(0)) do if d.code == 'date-conflict' then return true end end
  return false
end, 100)
out.conflicts = 0
for _, d in ipairs(vim.diagnostic.get(0)) do if d.code == 'date-conflict' then out.conflicts = out.conflicts + 1 end end
local f = io.open(vim.env.DATELINE_PROBE_OUT, 'w')
f:write(vim.fn.json_encode(out))
f:close()
vim.cmd('qa!')
