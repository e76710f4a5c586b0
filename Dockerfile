# Builds the application image used by docker-compose.yml. The build stage's JDK also runs Maven, and the
# toolchains plugin selects it as the JDK 21+ the build asks for.
FROM eclipse-temurin:25-jdk AS build
WORKDIR /src
COPY .mvn/ .mvn/
COPY mvnw pom.xml ./
COPY backend/ backend/
COPY frontend-templates/ frontend-templates/
COPY neo4j-seed/ neo4j-seed/
RUN ./mvnw -B -q package -DskipTests

FROM eclipse-temurin:25-jre
RUN apt-get update && apt-get install -y --no-install-recommends wget && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY --from=build /src/backend/target/alliance-atlas.jar /tmp/alliance-atlas.jar
# The JVM's AOT cache (JDK 25, JEP 483/514/515) holds the classes a start loads, already parsed and linked, and
# the profiles of its hot methods. It works from a plain class path, so the jar is unpacked first
# (/app/alliance-atlas.jar and /app/lib/). A training run then starts the application once, with an embedded
# database in a throw-away directory (the seed applied), stops as soon as the Spring context is refreshed,
# and writes the cache. It is made here, by the same JVM that runs the image, as a cache only fits the JVM and
# the class path that made it (a JVM that finds it unfit warns and starts without it).
RUN java -Djarmode=tools -jar /tmp/alliance-atlas.jar extract --destination /app \
    && rm /tmp/alliance-atlas.jar \
    && java --enable-native-access=ALL-UNNAMED -XX:AOTCacheOutput=/app/alliance-atlas.aot \
       -Dspring.context.exit=onRefresh -jar /app/alliance-atlas.jar \
       --atlas.embedded.data-dir=/tmp/training-data --atlas.embedded.bolt-port=0 \
    && rm -rf /tmp/training-data
EXPOSE 8080
ENTRYPOINT ["java", "--enable-native-access=ALL-UNNAMED", "-XX:AOTCache=/app/alliance-atlas.aot", "-jar", "/app/alliance-atlas.jar"]
