# Builds the jar and runs it on a JRE. Configure it with the environment variables in README.md.
FROM eclipse-temurin:21-jdk AS build
WORKDIR /src
COPY .mvn .mvn
COPY mvnw pom.xml ./
RUN ./mvnw -B -ntp dependency:go-offline
COPY src src
RUN ./mvnw -B -ntp -DskipTests -Dspotless.check.skip=true -Djacoco.skip=true package \
 && cp target/redline-*.jar /redline.jar \
 && java -Djarmode=tools -jar /redline.jar extract --destination /app

FROM eclipse-temurin:21-jre
RUN useradd --system --create-home redline
USER redline
WORKDIR /home/redline
# Extracted (classes from plain jars) and with class-data sharing: the first start writes the
# archive when it stops, later starts map it (README, "Start-up"; bench/startup.sh).
COPY --from=build /app app
RUN mkdir cds
EXPOSE 8080
ENTRYPOINT ["java", "-XX:+AutoCreateSharedArchive", "-XX:SharedArchiveFile=/home/redline/cds/redline.jsa", \
            "-jar", "app/redline.jar"]
