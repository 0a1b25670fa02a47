#!/usr/bin/env bash
# Rebuilds the Lienthong TEST-ONLY PKI under certs-sample/ from scratch.
#
# Everything in the output folders (ca/ orgs/ tls/ bad/ crl/ ocsp/ trust/ persons/ tsa/ pdf/) and MANIFEST.md
# is deleted and regenerated. Structure, names, subjects and serial numbers are the same on every run; keys and
# signatures are new each time. Needs bash, GNU date, the openssl 3.x CLI, the JDK's keytool (for
# trust/truststore.p12) and, for the signed PDFs of pdf/, Maven and a JDK 17 (a test-support program of the
# signatures module signs them). No network once Maven has its dependencies.
#
#   rebuild.sh              everything
#   rebuild.sh --documents  only persons/, tsa/ and pdf/, issued by the existing intermediate CA, so that the
#                           keys every other file and test uses stay as they are
#
# THE PRIVATE KEYS WRITTEN HERE ARE PUBLIC. Never use them for real documents.
set -euo pipefail
export LC_ALL=C.UTF-8

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
OUTPUT_DIRS=(ca orgs tls bad crl ocsp trust persons tsa pdf)
DOCUMENT_DIRS=(persons tsa pdf)
MODE=all
case "${1:-}" in
  "") ;;
  --documents) MODE=documents ;;
  *) echo "usage: rebuild.sh [--documents]" >&2; exit 2 ;;
esac
PASSWORD=changeit

# Loopback endpoints the tests serve themselves; the URL path mirrors the file under crl/.
CRL_BASE_URL="http://127.0.0.1:18080/crl"
OCSP_URL="http://127.0.0.1:18081/ocsp"

command -v openssl >/dev/null || { echo "rebuild.sh: openssl not found" >&2; exit 1; }
command -v mvn >/dev/null || { echo "rebuild.sh: mvn not found; needed to sign the PDFs of pdf/" >&2; exit 1; }
command -v keytool >/dev/null || { echo "rebuild.sh: keytool (JDK 17) not found; needed for trust/truststore.p12" >&2; exit 1; }

# ---------------------------------------------------------------------------------------------- dates
# Good certificates start at 00:00 UTC today, so rebuilds on the same day give identical MANIFEST dates.
TODAY="$(date -u +%Y-%m-%d)"

# Prints a certificate time for `openssl ca` (UTCTime before 2050, GeneralizedTime after, per RFC 5280).
asn1_time() {
  local when="$1"
  if [ "$(date -u -d "$when" +%Y)" -lt 2050 ]; then date -u -d "$when" +%y%m%d%H%M%SZ
  else date -u -d "$when" +%Y%m%d%H%M%SZ; fi
}
START="$(asn1_time "$TODAY")"
ROOT_END="$(asn1_time "$TODAY + 20 years")"
INTERMEDIATE_END="$(asn1_time "$TODAY + 15 years")"
LEAF_END="$(asn1_time "$TODAY + 5 years")"
EXPIRED_START="$(asn1_time 2020-01-01)"
EXPIRED_END="$(asn1_time 2021-01-01)"
# "Not yet valid" starts in 2030; should this script still be in use by then, it moves 5 years ahead.
if [ "$(date -u -d 2029-01-01 +%s)" -gt "$(date -u +%s)" ]; then FUTURE_FROM=2030-01-01
else FUTURE_FROM="$TODAY + 5 years"; fi
FUTURE_START="$(asn1_time "$FUTURE_FROM")"
FUTURE_END="$(asn1_time "$FUTURE_FROM + 5 years")"
CRL_DAYS=3650

# ------------------------------------------------------------------------------------------- subjects
TEST_O="Lienthong TEST ONLY"
SO_HA_TINH="Sở Giáo dục và Đào tạo tỉnh Hà Tĩnh"
SO_HA_TINH_CODE="000.00.13.H53"

# Subject of an organisation signing certificate: CN = O = name, OU = serialNumber = agency code.
org_subject() { printf '/C=VN/O=%s/OU=%s/CN=%s/serialNumber=%s' "$1" "$2" "$1" "$2"; }
SO_HA_TINH_SUBJECT="$(org_subject "$SO_HA_TINH" "$SO_HA_TINH_CODE")"
# A person's signing certificate: the director's name as CN, title and organisation, as Vietnamese CAs issue them.
DIRECTOR="Lê Thị Thu Hà"
DIRECTOR_SUBJECT="/C=VN/O=$SO_HA_TINH/OU=$SO_HA_TINH_CODE/title=Giám đốc/CN=$DIRECTOR"

# --------------------------------------------------------------------------------------- work folders
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT

cd "$HERE"
if [ "$MODE" = documents ]; then
  [ -f ca/intermediate-ca.key.pem ] || { echo "rebuild.sh: --documents needs the existing ca/ (run rebuild.sh)" >&2; exit 1; }
  REMOVED=("${DOCUMENT_DIRS[@]}")
else
  REMOVED=("${OUTPUT_DIRS[@]}")
fi
for d in "${REMOVED[@]}"; do rm -rf "${HERE:?}/$d"; done
rm -f "$HERE/MANIFEST.md"
mkdir -p "${OUTPUT_DIRS[@]}"

# One throwaway `openssl ca` database per issuing CA; only the intermediate's index is kept (ocsp/).
for ca in root intermediate rogue; do
  mkdir -p "$WORK/$ca/newcerts"
  : > "$WORK/$ca/index.txt"
  echo "unique_subject = no" > "$WORK/$ca/index.txt.attr"
  echo 01 > "$WORK/$ca/crlnumber"
done

# ca_section <name> <certificate> <private key> — an `openssl ca` section over that CA's database.
ca_section() {
  cat <<EOF
[ $1 ]
dir             = $WORK/$1
database        = \$dir/index.txt
new_certs_dir   = \$dir/newcerts
serial          = \$dir/serial
crlnumber       = \$dir/crlnumber
certificate     = $HERE/$2
private_key     = $HERE/$3
crl_extensions  = crl_ext
default_md      = sha256
policy          = policy_any
email_in_dn     = no
copy_extensions = none
unique_subject  = no
preserve        = yes

EOF
}

CONF="$WORK/openssl.cnf"
{
  ca_section root ca/root-ca.pem ca/root-ca.key.pem
  ca_section intermediate ca/intermediate-ca.pem ca/intermediate-ca.key.pem
  ca_section rogue bad/rogue-ca.pem bad/rogue-ca.key.pem
  cat <<EOF
[ req ]
distinguished_name = req_dn
string_mask        = utf8only
utf8               = yes
prompt             = no
[ req_dn ]
CN = unused

[ policy_any ]
countryName            = optional
organizationName       = optional
organizationalUnitName = optional
commonName             = supplied
serialNumber           = optional
title                  = optional

[ crl_ext ]
authorityKeyIdentifier = keyid:always

[ ext_root_ca ]
basicConstraints     = critical, CA:true
keyUsage             = critical, keyCertSign, cRLSign
subjectKeyIdentifier = hash

[ ext_intermediate_ca ]
basicConstraints       = critical, CA:true, pathlen:0
keyUsage               = critical, keyCertSign, cRLSign
subjectKeyIdentifier   = hash
authorityKeyIdentifier = keyid:always
crlDistributionPoints  = URI:$CRL_BASE_URL/root.crl

[ ext_org ]
basicConstraints       = critical, CA:false
keyUsage               = critical, digitalSignature, nonRepudiation
subjectKeyIdentifier   = hash
authorityKeyIdentifier = keyid:always
crlDistributionPoints  = URI:$CRL_BASE_URL/intermediate.crl
authorityInfoAccess    = OCSP;URI:$OCSP_URL

[ ext_wrong_key_usage ]
basicConstraints       = critical, CA:false
keyUsage               = critical, keyEncipherment
subjectKeyIdentifier   = hash
authorityKeyIdentifier = keyid:always
crlDistributionPoints  = URI:$CRL_BASE_URL/intermediate.crl
authorityInfoAccess    = OCSP;URI:$OCSP_URL

[ ext_rogue_org ]
basicConstraints       = critical, CA:false
keyUsage               = critical, digitalSignature, nonRepudiation
subjectKeyIdentifier   = hash
authorityKeyIdentifier = keyid:always

[ ext_tls_server ]
basicConstraints       = critical, CA:false
keyUsage               = critical, digitalSignature, keyEncipherment
extendedKeyUsage       = serverAuth
subjectAltName         = DNS:localhost, IP:127.0.0.1
subjectKeyIdentifier   = hash
authorityKeyIdentifier = keyid:always
crlDistributionPoints  = URI:$CRL_BASE_URL/intermediate.crl
authorityInfoAccess    = OCSP;URI:$OCSP_URL

[ ext_tls_client ]
basicConstraints       = critical, CA:false
keyUsage               = critical, digitalSignature
extendedKeyUsage       = clientAuth
subjectKeyIdentifier   = hash
authorityKeyIdentifier = keyid:always
crlDistributionPoints  = URI:$CRL_BASE_URL/intermediate.crl
authorityInfoAccess    = OCSP;URI:$OCSP_URL

[ ext_person ]
basicConstraints       = critical, CA:false
keyUsage               = critical, digitalSignature, nonRepudiation
subjectKeyIdentifier   = hash
authorityKeyIdentifier = keyid:always
crlDistributionPoints  = URI:$CRL_BASE_URL/intermediate.crl
authorityInfoAccess    = OCSP;URI:$OCSP_URL

[ ext_tsa ]
basicConstraints       = critical, CA:false
keyUsage               = critical, digitalSignature
extendedKeyUsage       = critical, timeStamping
subjectKeyIdentifier   = hash
authorityKeyIdentifier = keyid:always
crlDistributionPoints  = URI:$CRL_BASE_URL/intermediate.crl
authorityInfoAccess    = OCSP;URI:$OCSP_URL

# The responder's own status is not checked (RFC 6960 §4.2.2.2.1 id-pkix-ocsp-nocheck).
[ ext_ocsp ]
basicConstraints       = critical, CA:false
keyUsage               = critical, digitalSignature
extendedKeyUsage       = OCSPSigning
noCheck                = ignored
subjectKeyIdentifier   = hash
authorityKeyIdentifier = keyid:always
EOF
} > "$CONF"

# ------------------------------------------------------------------------------------------- helpers
# quietly <command...> — runs a chatty command, showing its output only if it fails.
quietly() { "$@" > "$WORK/quiet.log" 2>&1 || { cat "$WORK/quiet.log" >&2; exit 1; }; }

# new_key <out.key.pem> rsa2048|rsa3072|p256 — unencrypted PKCS#8 PEM.
new_key() {
  case "$2" in
    rsa2048) openssl genpkey -quiet -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$1" ;;
    rsa3072) openssl genpkey -quiet -algorithm RSA -pkeyopt rsa_keygen_bits:3072 -out "$1" ;;
    p256)    openssl genpkey -quiet -algorithm EC -pkeyopt ec_paramgen_curve:P-256 \
                             -pkeyopt ec_param_enc:named_curve -out "$1" ;;
  esac
}

# issue <ca-section> <serial-hex> <extension-section> <start> <end> <subject> <key> <out.pem> [selfsign]
issue() {
  local ca="$1" serial="$2" ext="$3" start="$4" end="$5" subject="$6" key="$7" out="$8" selfsign="${9:-}"
  local csr="$WORK/$(basename "$out" .pem).csr"
  openssl req -config "$CONF" -new -utf8 -nameopt utf8 -key "$key" -subj "$subject" -out "$csr"
  echo "$serial" > "$WORK/$ca/serial"
  local signer=()
  [ -n "$selfsign" ] && signer=(-selfsign -keyfile "$key")
  quietly openssl ca -config "$CONF" -name "$ca" -batch -notext -utf8 -preserveDN -in "$csr" -out "$out" \
    -extensions "$ext" -startdate "$start" -enddate "$end" "${signer[@]}"
}

# pkcs12 <dir/stem> <chain.pem> — key + cert + chain, friendly name = stem, AES-256-CBC/PBKDF2/SHA-256.
pkcs12() {
  openssl pkcs12 -export -inkey "$1.key.pem" -in "$1.pem" -certfile "$2" -name "$(basename "$1")" \
    -keypbe AES-256-CBC -certpbe AES-256-CBC -macalg sha256 -passout "pass:$PASSWORD" -out "$1.p12"
}

# leaf <dir/stem> <key-type> <serial> <extensions> <subject> [start end]  — issued by the intermediate.
leaf() {
  local stem="$1"
  new_key "$stem.key.pem" "$2"
  issue intermediate "$3" "$4" "${6:-$START}" "${7:-$LEAF_END}" "$5" "$stem.key.pem" "$stem.pem"
  pkcs12 "$stem" "$WORK/chain.pem"
}

if [ "$MODE" = all ]; then
# ----------------------------------------------------------------------------------------- the CAs
new_key ca/root-ca.key.pem rsa3072
issue root 01 ext_root_ca "$START" "$ROOT_END" "/C=VN/O=$TEST_O/CN=Lienthong Test Root CA" \
  ca/root-ca.key.pem ca/root-ca.pem selfsign

new_key ca/intermediate-ca.key.pem rsa3072
issue root 02 ext_intermediate_ca "$START" "$INTERMEDIATE_END" \
  "/C=VN/O=$TEST_O/CN=Lienthong Test Intermediate CA" ca/intermediate-ca.key.pem ca/intermediate-ca.pem
cat ca/intermediate-ca.pem ca/root-ca.pem > "$WORK/chain.pem"

# ------------------------------------------------------------------------ organisation signing certs
leaf orgs/so-gddt-ha-tinh       rsa2048 1001 ext_org "$SO_HA_TINH_SUBJECT"
leaf orgs/bo-gddt               rsa2048 1002 ext_org "$(org_subject "Bộ Giáo dục và Đào tạo" 000.00.00.G03)"
leaf orgs/phong-gddt-thach-ha   rsa2048 1003 ext_org \
  "$(org_subject "Phòng Giáo dục và Đào tạo huyện Thạch Hà" 000.20.31.H53)"
leaf orgs/thpt-phan-dinh-phung  p256    1004 ext_org "$(org_subject "Trường THPT Phan Đình Phùng" 000.21.31.H53)"

# ---------------------------------------------------------------------------------------------- TLS
leaf tls/server         rsa2048 2001 ext_tls_server "/C=VN/O=$TEST_O/CN=localhost"
leaf tls/client-so-gddt rsa2048 2002 ext_tls_client \
  "/C=VN/O=$SO_HA_TINH/OU=$SO_HA_TINH_CODE/CN=Văn phòng điện tử - $SO_HA_TINH/serialNumber=$SO_HA_TINH_CODE"

# --------------------------------------------------------------------------------------------- OCSP
leaf ocsp/ocsp-responder rsa2048 3001 ext_ocsp "/C=VN/O=$TEST_O/CN=Lienthong Test OCSP Responder"

# --------------------------------------------------------------------- failure cases (bad/)
# Each carries the exact subject of orgs/so-gddt-ha-tinh, so the named defect is its only defect.
leaf bad/expired         rsa2048 4001 ext_org "$SO_HA_TINH_SUBJECT" "$EXPIRED_START" "$EXPIRED_END"
leaf bad/not-yet-valid   rsa2048 4002 ext_org "$SO_HA_TINH_SUBJECT" "$FUTURE_START" "$FUTURE_END"
leaf bad/revoked         rsa2048 4003 ext_org "$SO_HA_TINH_SUBJECT"
leaf bad/wrong-key-usage rsa2048 4005 ext_wrong_key_usage "$SO_HA_TINH_SUBJECT"

new_key bad/rogue-ca.key.pem rsa2048
issue rogue 01 ext_root_ca "$START" "$ROOT_END" "/C=VN/O=$TEST_O/CN=Rogue CA" \
  bad/rogue-ca.key.pem bad/rogue-ca.pem selfsign
new_key bad/wrong-issuer.key.pem rsa2048
issue rogue 4004 ext_rogue_org "$START" "$LEAF_END" "$SO_HA_TINH_SUBJECT" bad/wrong-issuer.key.pem bad/wrong-issuer.pem
pkcs12 bad/wrong-issuer bad/rogue-ca.pem

# ---------------------------------------------------------------------------------------------- CRLs
quietly openssl ca -config "$CONF" -name intermediate -batch -revoke bad/revoked.pem -crl_reason keyCompromise
for crl in root intermediate; do
  quietly openssl ca -config "$CONF" -name "$crl" -batch -gencrl -crldays "$CRL_DAYS" -out "crl/$crl.crl.pem"
  openssl crl -in "crl/$crl.crl.pem" -outform DER -out "crl/$crl.crl"
done
# The intermediate's database (and its .attr: subjects repeat), usable as `openssl ocsp -index`.
cp "$WORK/intermediate/index.txt" ocsp/intermediate-index.txt
cp "$WORK/intermediate/index.txt.attr" ocsp/intermediate-index.txt.attr

# -------------------------------------------------------------------------------------------- trust
cp ca/root-ca.pem trust/anchors.pem
# openssl 3.0 cannot mark a certificate as trusted for Java (-jdktrust arrived in 3.2), so keytool builds it.
quietly keytool -importcert -noprompt -alias root-ca -file ca/root-ca.pem -keystore trust/truststore.p12 \
  -storetype PKCS12 -storepass "$PASSWORD"

else
  # Only new leaves of the existing intermediate: its database is the copy kept for `openssl ocsp -index`.
  cat ca/intermediate-ca.pem ca/root-ca.pem > "$WORK/chain.pem"
  # Without the entries of an earlier run's documents, whose serials are issued again below.
  awk -F'\t' '$4 != "5001" && $4 != "6001"' ocsp/intermediate-index.txt > "$WORK/intermediate/index.txt"
fi

# ------------------------------------------------------------- documents: a person, a TSA, signed PDFs
leaf persons/giam-doc-so-gddt rsa2048 5001 ext_person "$DIRECTOR_SUBJECT"
leaf tsa/tsa                  rsa2048 6001 ext_tsa "/C=VN/O=$TEST_O/CN=Lienthong Test Time-Stamp Authority"
cp "$WORK/intermediate/index.txt" ocsp/intermediate-index.txt

# No shell tool signs PDFs: the signatures module's test-support program does, with the keys just written.
echo "signing the PDFs of pdf/ (signatures module, test classpath)"
(cd "$HERE/.." && quietly mvn -B -q -pl signatures test-compile dependency:build-classpath \
  -Dmdep.includeScope=test -Dmdep.outputFile="$WORK/classpath.txt")
java -cp "$HERE/../signatures/target/test-classes:$HERE/../signatures/target/classes:$(cat "$WORK/classpath.txt")" \
  vn.lienthong.signatures.testsupport.PdfFixtures "$HERE"

# ----------------------------------------------------------------------------------------- MANIFEST
declare -A PURPOSE=(
  [ca/root-ca]="Root CA; the only trust anchor"
  [ca/intermediate-ca]="Issuing CA for every good leaf, the CRL and the OCSP responder"
  [orgs/so-gddt-ha-tinh]="Signing: Sở GD&ĐT Hà Tĩnh (000.00.13.H53)"
  [orgs/bo-gddt]="Signing: Bộ GD&ĐT (000.00.00.G03)"
  [orgs/phong-gddt-thach-ha]="Signing: Phòng GD&ĐT Thạch Hà (000.20.31.H53)"
  [orgs/thpt-phan-dinh-phung]="Signing: THPT Phan Đình Phùng (000.21.31.H53), covers ECDSA"
  [tls/server]="TLS server for localhost / 127.0.0.1"
  [tls/client-so-gddt]="TLS client (mutual TLS) for Sở GD&ĐT Hà Tĩnh's e-office"
  [ocsp/ocsp-responder]="Delegated OCSP responder for the intermediate (OCSPSigning, ocsp-nocheck)"
  [bad/expired]="FAIL: validity 2020-01-01 to 2021-01-01"
  [bad/not-yet-valid]="FAIL: validity starts in the future"
  [bad/revoked]="FAIL: revoked (keyCompromise) in crl/intermediate.crl"
  [bad/rogue-ca]="Self-signed Rogue CA, NOT under the root"
  [bad/wrong-issuer]="FAIL: issued by bad/rogue-ca, not chaining to the root"
  [bad/wrong-key-usage]="FAIL: keyUsage keyEncipherment only"
  [persons/giam-doc-so-gddt]="Personal signing: the director ($DIRECTOR), signs the PDF documents themselves"
  [tsa/tsa]="RFC 3161 time-stamp authority (timeStamping, critical), time-stamps PDF signatures"
)
CERT_ORDER=(ca/root-ca ca/intermediate-ca orgs/so-gddt-ha-tinh orgs/bo-gddt orgs/phong-gddt-thach-ha
  orgs/thpt-phan-dinh-phung tls/server tls/client-so-gddt ocsp/ocsp-responder bad/expired bad/not-yet-valid
  bad/revoked bad/wrong-key-usage bad/wrong-issuer bad/rogue-ca persons/giam-doc-so-gddt tsa/tsa)

field() { openssl x509 -in "$1.pem" -noout "$2" -nameopt utf8,sep_comma_plus_space,space_eq,sname -dateopt iso_8601 \
  | sed 's/^[a-zA-Z]*=//'; }
key_type() {
  local text; text="$(openssl x509 -in "$1.pem" -noout -text)"
  case "$text" in
    *"rsaEncryption"*) echo "RSA $(sed -nE 's/.*Public-Key: \(([0-9]+) bit\).*/\1/p' <<< "$text")" ;;
    *) echo "EC $(sed -nE 's/.*NIST CURVE: *//p' <<< "$text")" ;;
  esac
}
describe() {
  case "$1" in
    *.key.pem)   echo "private key, unencrypted PKCS#8 PEM" ;;
    *.crl.pem)   echo "CRL, PEM" ;;
    *.crl)       echo "CRL, DER (served as ${CRL_BASE_URL}/$(basename "$1"))" ;;
    */truststore.p12) echo "PKCS#12 truststore: trusted certificate entry \`root-ca\` (built by keytool)" ;;
    *.p12)       echo "PKCS#12: key + certificate + chain, alias \`$(basename "$1" .p12)\`" ;;
    */anchors.pem) echo "trust anchors for lienthong.trust.anchors (root CA only)" ;;
    */intermediate-index.txt) echo "openssl ca database of the intermediate (openssl ocsp -index)" ;;
    pdf/unsigned.pdf) echo "PDF without a signature" ;;
    pdf/signed-valid.pdf) echo "PDF signed by the director, then by the organisation with a time-stamp: valid" ;;
    pdf/signed-tampered.pdf) echo "signed-valid.pdf with one byte of the page changed (123 → 128): invalid" ;;
    pdf/signed-untrusted-ca.pdf) echo "PDF signed with bad/wrong-issuer (Rogue CA): invalid, no trust anchor" ;;
    pdf/signed-expired.pdf) echo "PDF signed with bad/expired: invalid, certificate expired" ;;
    pdf/signed-then-updated.pdf) echo "PDF signed by the director, then changed by an unsigned incremental update" ;;
    */intermediate-index.txt.attr) echo "its attributes (unique_subject = no), read by openssl next to the index" ;;
    *.pem)       echo "certificate, PEM" ;;
    *)           echo "" ;;
  esac
}

{
  echo "# certs-sample MANIFEST"
  echo
  echo "Generated by \`rebuild.sh\` on $TODAY — do not edit. **TEST ONLY: these private keys are public.**"
  echo "PKCS#12 password: \`$PASSWORD\`. Revocation endpoints: \`$CRL_BASE_URL/{root,intermediate}.crl\`, \`$OCSP_URL\`."
  echo
  echo "## Certificates"
  echo
  echo "| File | Subject | Issuer | Serial | Not before (UTC) | Not after (UTC) | Key | Purpose |"
  echo "|---|---|---|---|---|---|---|---|"
  for c in "${CERT_ORDER[@]}"; do
    printf '| `%s.pem` | %s | %s | %s | %s | %s | %s | %s |\n' "$c" "$(field "$c" -subject)" \
      "$(field "$c" -issuer)" "$(field "$c" -serial)" "$(field "$c" -startdate)" "$(field "$c" -enddate)" \
      "$(key_type "$c")" "${PURPOSE[$c]}"
  done
  echo
  echo "## CRLs"
  echo
  for crl in root intermediate; do
    echo "- \`crl/$crl.crl\` — issuer $(openssl crl -in "crl/$crl.crl.pem" -noout -issuer -nameopt utf8,sep_comma_plus_space,space_eq,sname | sed 's/^issuer=//');" \
      "next update $(openssl crl -in "crl/$crl.crl.pem" -noout -nextupdate -dateopt iso_8601 | sed 's/^nextUpdate=//');" \
      "revoked serials: $(openssl crl -in "crl/$crl.crl.pem" -noout -text | sed -n 's/^ *Serial Number: *//p' | paste -sd, - | sed 's/^$/none/')"
  done
  echo
  echo "## Files"
  echo
  echo "- \`README.md\` — what this is and how the gateway uses it"
  echo "- \`rebuild.sh\` — regenerates everything below and this file"
  while IFS= read -r f; do
    echo "- \`$f\` — $(describe "$f")"
  done < <(cd "$HERE" && find "${OUTPUT_DIRS[@]}" -type f | sort)
} > MANIFEST.md

echo "certs-sample rebuilt: $(find "${OUTPUT_DIRS[@]}" -type f | wc -l) files," \
  "$(find "${OUTPUT_DIRS[@]}" MANIFEST.md -type f -printf '%s\n' | awk '{s+=$1} END {print int(s/1024)}') KB"
