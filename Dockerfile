# Builds the jar in a Maven stage and runs it on a JRE; pg_dump comes from the
# PostgreSQL client so backups use the native format.
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY pom.xml .
COPY .mvn .mvn
COPY mvnw .
RUN ./mvnw -B -q dependency:go-offline
COPY src src
COPY docs docs
RUN ./mvnw -B -q package -DskipTests

FROM eclipse-temurin:17-jre
RUN apt-get update && apt-get install -y --no-install-recommends postgresql-client-15 || \
    apt-get install -y --no-install-recommends postgresql-client; rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY --from=build /src/target/demo-seeder.jar demo-seeder.jar
COPY job-configs job-configs
ENTRYPOINT ["java", "-jar", "/app/demo-seeder.jar"]
CMD ["run", "--config", "job-configs/demo.yml"]
