# Production-like image of the portal, built from the source (see docker-compose.yml).
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY .mvn .mvn
COPY mvnw pom.xml ./
RUN ./mvnw -B -q dependency:go-offline
COPY src src
RUN ./mvnw -B -q -DskipTests package && cp target/sandan-portal-*.jar /portal.jar

FROM eclipse-temurin:17-jre
RUN useradd --system --home /app portal
WORKDIR /app
COPY --from=build /portal.jar portal.jar
USER portal
EXPOSE 8080
# The heap follows the container's memory limit (docker-compose.yml gives 1.5 GB; see
# docs/reliability.md "Memory"); out of memory, the process ends and is restarted.
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-XX:+ExitOnOutOfMemoryError", "-jar", "/app/portal.jar"]
