complete --keep-order --exclusive --command byods --arguments "(COMPLETE=fish byods -- (commandline --current-process --tokenize --cut-at-cursor) (commandline --current-token))"
