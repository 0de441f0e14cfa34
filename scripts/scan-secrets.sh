#!/usr/bin/env bash
# Looks for secrets left on disk after a test run: the Faspay password and the request
# signatures (40 lowercase hex digits) that were sent. Every regular file under the given
# folders is read as bytes (settings, logs, the SQLite journal with its -wal and -shm files,
# receipts, PDFs), so a secret anywhere in a database page is found too.
#
#   scripts/scan-secrets.sh DIR... --password P [--signatures FILE] [--signature SIG]...
#
# FILE holds one signature per line (blank lines and lines starting with # are ignored).
# The password is also looked for percent-encoded (as URL-encoded settings would hold it).
# Prints each file with a hit and what kind of secret it held (never the secret itself).
# Exit status: 0 nothing found, 1 a secret was found, 2 usage error.
set -u

usage() {
    sed -n '2,12p' "$0" >&2
    exit 2
}

dirs=()
password=""
have_password=0
signatures=()
while [ $# -gt 0 ]; do
    case "$1" in
    --password)
        [ $# -ge 2 ] || usage
        password=$2
        have_password=1
        shift 2
        ;;
    --password=*)
        password=${1#--password=}
        have_password=1
        shift
        ;;
    --signatures)
        [ $# -ge 2 ] && [ -r "$2" ] || usage
        while IFS= read -r line || [ -n "$line" ]; do
            line=$(printf '%s' "$line" | tr -d '[:space:]')
            case "$line" in '' | '#'*) continue ;; esac
            signatures+=("$line")
        done <"$2"
        shift 2
        ;;
    --signature)
        [ $# -ge 2 ] || usage
        signatures+=("$2")
        shift 2
        ;;
    -h | --help) usage ;;
    --*) usage ;;
    *)
        dirs+=("$1")
        shift
        ;;
    esac
done
[ ${#dirs[@]} -gt 0 ] || usage
[ $have_password -eq 1 ] || [ ${#signatures[@]} -gt 0 ] || usage
if [ $have_password -eq 1 ] && [ ${#password} -lt 4 ]; then
    echo "scan-secrets: a password shorter than 4 characters would match everywhere" >&2
    exit 2
fi

for d in "${dirs[@]}"; do
    if [ ! -e "$d" ]; then
        echo "scan-secrets: $d does not exist" >&2
        exit 2
    fi
done

patterns=$(mktemp)
trap 'rm -f "$patterns"' EXIT
hits=0

# grep -F with patterns from a file, binary files read as text (-a), every file under the
# folders (-r), names of files with a hit (-l). Patterns never appear on the command line.
scan() { # $1 = kind, patterns in $patterns
    local found
    found=$(LC_ALL=C grep -rlaF -f "$patterns" -- "${dirs[@]}" 2>/dev/null)
    if [ -n "$found" ]; then
        while IFS= read -r f; do
            echo "SECRET FOUND ($1): $f"
        done <<<"$found"
        hits=1
    fi
}

if [ $have_password -eq 1 ]; then
    {
        printf '%s\n' "$password"
        # Percent-encoded as URLs and form bodies carry it (unreserved bytes kept, the others
        # %XX in either case; spaces also as '+').
        enc_upper="" enc_lower=""
        while IFS= read -r byte; do
            [ -n "$byte" ] || continue
            ch=$(printf "\\x$byte")
            case "$ch" in
            [A-Za-z0-9._~-]) enc_upper+=$ch enc_lower+=$ch ;;
            *) enc_upper+="%$(printf '%s' "$byte" | tr 'a-f' 'A-F')" enc_lower+="%$byte" ;;
            esac
        done < <(printf '%s' "$password" | od -An -tx1 -v | tr -s ' ' '\n')
        if [ "$enc_upper" != "$password" ]; then
            printf '%s\n%s\n' "$enc_upper" "$enc_lower"
            printf '%s\n' "${enc_upper//%20/+}"
        fi
    } >"$patterns"
    scan password
fi

if [ ${#signatures[@]} -gt 0 ]; then
    : >"$patterns"
    for s in "${signatures[@]}"; do
        if ! printf '%s' "$s" | grep -Eq '^[0-9a-fA-F]{40}$'; then
            echo "scan-secrets: not a 40-hex signature: ${s:0:8}..." >&2
            exit 2
        fi
        printf '%s\n%s\n' "$(printf '%s' "$s" | tr 'A-F' 'a-f')" "$(printf '%s' "$s" | tr 'a-f' 'A-F')" >>"$patterns"
    done
    scan signature
fi

if [ $hits -eq 0 ]; then
    echo "scan-secrets: no secrets found in ${dirs[*]}"
fi
exit $hits
