# The portal as a production image: built with the production profile (no embedded database, no Vaadin
# development tools, Vaadin's pre-compiled bundle), run as an unprivileged user on a JRE.
FROM eclipse-temurin:21-jdk AS build
WORKDIR /src
COPY .mvn .mvn
COPY mvnw pom.xml ./
RUN ./mvnw -B -q -Dproduction dependency:go-offline
COPY src src
COPY db db
COPY frontend frontend
RUN ./mvnw -B -Dproduction -DskipTests package

FROM eclipse-temurin:21-jre
RUN useradd --system --uid 10001 portal
USER portal
COPY --from=build /src/target/marac-portal-*.jar /app/portal.jar
EXPOSE 8080
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "/app/portal.jar"]
