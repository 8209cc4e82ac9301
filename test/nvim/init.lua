-- A minimal Neovim (0.7+) set-up for Communiqué drafts, without lspconfig, used headless by
-- test/nvim/neovim.test.ts: it attaches `node dist/server.js --stdio` to the draft, asks for the
-- document symbols and a hover, collects the diagnostics the server publishes, writes them as
-- JSON to $COMMUNIQUE_NVIM_OUT and quits (exit 1 if the server cannot be started).
local server = os.getenv('COMMUNIQUE_SERVER')
local out = os.getenv('COMMUNIQUE_NVIM_OUT')
local hover_line = tonumber(os.getenv('COMMUNIQUE_HOVER_LINE'))
local hover_character = tonumber(os.getenv('COMMUNIQUE_HOVER_CHARACTER'))
local deadline_ms = 20000

local published = nil
local ready = false

local function finish(result, code)
  local file = assert(io.open(out, 'w'))
  file:write(vim.fn.json_encode(result))
  file:close()
  vim.cmd((code == 0 and 'qall!' or 'cquit! ' .. code))
end

vim.api.nvim_create_autocmd('BufReadPost', {
  pattern = { '*.communique', '*.resolution' },
  callback = function(args)
    local client_id = vim.lsp.start_client({
      name = 'communique',
      cmd = { 'node', server, '--stdio' },
      root_dir = vim.fn.fnamemodify(args.file, ':p:h'),
      on_init = function() ready = true end,
      handlers = {
        ['textDocument/publishDiagnostics'] = function(_, params) published = params.diagnostics end,
      },
    })
    if client_id == nil then finish({ error = 'the language server could not be started' }, 1) end
    vim.lsp.buf_attach_client(args.buf, client_id)
  end,
})

vim.api.nvim_create_autocmd('VimEnter', {
  callback = function()
    local bufnr = vim.api.nvim_get_current_buf()
    if not vim.wait(deadline_ms, function() return ready end, 50) then
      finish({ error = 'the language server did not initialize within 20 s' }, 1)
      return
    end
    local client = vim.lsp.get_active_clients()[1]
    local document = { uri = vim.uri_from_bufnr(bufnr) }
    local symbols = client.request_sync('textDocument/documentSymbol', { textDocument = document }, deadline_ms, bufnr)
    local hover = client.request_sync('textDocument/hover',
      { textDocument = document, position = { line = hover_line, character = hover_character } }, deadline_ms, bufnr)
    vim.wait(deadline_ms, function() return published ~= nil end, 50)
    finish({
      symbols = symbols and symbols.result,
      hover = hover and hover.result or vim.NIL,
      diagnostics = published or vim.NIL,
    }, 0)
  end,
})
