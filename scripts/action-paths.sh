# Sourced by action.yml: the `paths` input ($PAPERLINT_PATHS) as the bash array `paths`.
# One path per line, kept whole (spaces and parentheses included, as in "FINAL (1).docx");
# blank lines and the spaces around a line are dropped. A line that is not an existing path
# and has a glob (*, ?, [ or **) is expanded; one that matches nothing stays as written, so
# paperlint names it.
paths=()
shopt -s globstar
while IFS= read -r line || [ -n "$line" ]; do
    line="${line#"${line%%[![:space:]]*}"}"
    line="${line%"${line##*[![:space:]]}"}"
    [ -z "$line" ] && continue
    matches=()
    if [ ! -e "$line" ] && [[ "$line" == *[*?[]* ]]; then
        IFS=$'\n' read -r -d '' -a matches < <(compgen -G "$line"; printf '\0')
    fi
    if [ "${#matches[@]}" -gt 0 ]; then paths+=("${matches[@]}"); else paths+=("$line"); fi
done <<< "$PAPERLINT_PATHS"
