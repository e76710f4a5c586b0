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
COPY --from=build /src/backend/target/alliance-atlas.jar /app/alliance-atlas.jar
EXPOSE 8080
ENTRYPOINT ["java", "--enable-native-access=ALL-UNNAMED", "-jar", "/app/alliance-atlas.jar"]
