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
COPY bin bin
COPY job-configs job-configs
# The launcher starts the jar on a class-data archive (docs/operations.md, "Start-up
# archive"). Its first start builds the archive with a training run on an embedded
# PostgreSQL, which will not run as root: so that no container pays for it, that first start
# happens here, as a user of its own, and the build fails if no archive came of it.
ENV DEMO_SEEDER_JAR=/app/demo-seeder.jar DEMO_SEEDER_CDS_DIR=/app/demo-seeder.cds
RUN useradd --system --create-home cds-training && install -d -o cds-training /app/demo-seeder.cds
USER cds-training
RUN bin/demo-seeder --help >/dev/null && ls /app/demo-seeder.cds/*/app.jsa && rm -rf /tmp/embedded-pg
USER root
ENTRYPOINT ["/app/bin/demo-seeder"]
CMD ["run", "--config", "job-configs/demo.yml"]
