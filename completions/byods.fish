complete --keep-order --exclusive --command byods --arguments "(BYODS_COMPLETE=fish byods -- (commandline --current-process --tokenize --cut-at-cursor) (commandline --current-token))"
