# Builds the jar and runs it on a JRE. Configure it with the environment variables in README.md.
FROM eclipse-temurin:21-jdk AS build
WORKDIR /src
COPY .mvn .mvn
COPY mvnw pom.xml ./
RUN ./mvnw -B -ntp dependency:go-offline
COPY src src
RUN ./mvnw -B -ntp -DskipTests -Dspotless.check.skip=true -Djacoco.skip=true package \
 && cp target/redline-*.jar /redline.jar

FROM eclipse-temurin:21-jre
RUN useradd --system --create-home redline
USER redline
WORKDIR /home/redline
COPY --from=build /redline.jar redline.jar
EXPOSE 8080
ENTRYPOINT ["java", "-jar", "redline.jar"]
