
set edit:completion:arg-completer[byods] = { |@words|
    var index = (count $words)
    set index = (- $index 1)

    put (env _CLAP_IFS="\n" _CLAP_COMPLETE_INDEX=(to-string $index) BYODS_COMPLETE="elvish" byods -- $@words) | to-lines
}

