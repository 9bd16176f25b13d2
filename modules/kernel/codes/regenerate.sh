#!/bin/sh
# Regenerates the kernel's ISO code registers (src/main/resources/asylon/codes/iso-*.tsv) from Debian's
# iso-codes package (https://salsa.debian.org/iso-codes-team/iso-codes, LGPL-2.1-or-later). Needs jq and
# iso-codes installed (apt-get install jq iso-codes). The ICAO Doc 9303 codes (icao-9303.tsv) are listed by
# hand and are not touched. Run from anywhere; review the diff before committing: a withdrawn ISO code that a
# record still carries stays readable, but new requests refuse it.
set -eu
json=${ISO_CODES_JSON:-/usr/share/iso-codes/json}
out=$(cd "$(dirname "$0")/../src/main/resources/asylon/codes" && pwd)
version=$(dpkg-query -W -f='${Version}' iso-codes 2>/dev/null | sed 's/-[^-]*$//')
version=${version:-unknown}

header() {
    cat <<HEADER
# $1
# Generated from Debian's iso-codes $version, file $2
# (https://salsa.debian.org/iso-codes-team/iso-codes). Licence of the data: LGPL-2.1-or-later,
# copyright (C) 2001-2008 Alastair McKinstry, (C) 2004-2016 Christian Perrier, (C) 2005-2023 Tobias Quathamer;
# text in LGPL-2.1.txt beside this file, see modules/kernel/NOTICE. Do not edit by hand: regenerate with modules/kernel/codes/regenerate.sh.
# Columns, separated by one tab: $3
HEADER
}

{
    header "ISO 639-3 language codes with their English reference names." iso_639-3.json \
        "code, English reference name"
    jq -r '."639-3"[] | [.alpha_3, .name] | @tsv' "$json/iso_639-3.json"
} > "$out/iso-639-3.tsv"

{
    header "ISO 3166-1 alpha-3 country codes in use, with their English short names." iso_3166-1.json \
        "code, English short name"
    jq -r '."3166-1"[] | [.alpha_3, .name] | @tsv' "$json/iso_3166-1.json"
} > "$out/iso-3166-1.tsv"

{
    header "ISO 3166-3: alpha-3 codes withdrawn from ISO 3166-1 (a code reassigned since, such as ATF, is read as the current one)." \
        iso_3166-3.json "code, English name, date of withdrawal"
    jq -r '."3166-3"[] | select(.alpha_3 != null) | [.alpha_3, .name, .withdrawal_date] | @tsv' "$json/iso_3166-3.json"
} > "$out/iso-3166-3.tsv"
