# Sourced by the bench scripts: the jars they measure.
# ambassade_jar [path]: the given jar (absolute), or Ambassade's production jar, built now.
# bare_jar: bench/bare-app's jar, built now.
ambassade_jar() {
    local jar=${1:-}
    if [[ -z "$jar" ]]; then
        echo "== building Ambassade's production jar" >&2
        "$root/mvnw" -B -ntp -q -f "$root/pom.xml" -Pproduction package -DskipTests >&2
        jar=$(ls "$root"/target/ambassade-*.jar | head -1)
    fi
    echo "$(cd "$(dirname "$jar")" && pwd)/$(basename "$jar")"
}

bare_jar() {
    echo "== building the bare app" >&2
    "$root/mvnw" -B -ntp -q -f "$root/bench/bare-app/pom.xml" package -DskipTests >&2
    ls "$root"/bench/bare-app/target/bare-app-*.jar | head -1
}
