@echo off
rem The one launcher every bin\windows\*.cmd goes through, like Kafka's own bin\windows\kafka-run-class.bat:
rem
rem   bin\windows\kafka-run-class.cmd <main class> [arguments...]
rem
rem It runs a class from Kafka 4.3.1's own jars that Maven downloaded (no Kafka download). Maven writes the
rem classpath once into target\classpath.txt (and compiles this module); it is too long for a cmd.exe command
rem line, so Java starts with this module's classes alone and com.example.ClasspathLauncher reads the file, then
rem runs book-common's ToolLauncher - the same Java entry as bin/kafka-run-class.sh: the broker check within
rem seconds, then the tool with its arguments exactly as given. Nothing here becomes shell code.
rem The file is resolved again when it is missing or older than pom.xml (ClasspathLauncher --fresh says which),
rem as the .sh does. No path is expanded inside an if ( ... ) block: a ")" in the checkout path, as in
rem C:\Users\hong (kim)\..., would end the block there.
rem
rem Environment (as Kafka's script): KAFKA_HEAP_OPTS (default -Xmx256m), KAFKA_JVM_PERFORMANCE_OPTS (default: fast
rem start), KAFKA_OPTS, KAFKA_LOG_CONFIG_DIR (default config\log\tools: warnings only), JAVA_HOME,
rem KAFKA_BROKER_CHECK=off (skip the broker check), BROKER_CHECK_TIMEOUT_SECONDS (default 3).
setlocal
if "%~1"=="" goto usage
for %%I in ("%~dp0..\..") do set "MODULE_DIR=%%~fI"
for %%I in ("%MODULE_DIR%\..") do set "REPO_DIR=%%~fI"
set "CLASSPATH_FILE=%MODULE_DIR%\target\classpath.txt"
set "JAVA=java"
if not "%JAVA_HOME%"=="" set "JAVA=%JAVA_HOME%\bin\java"
"%JAVA%" -Xshare:auto -XX:TieredStopAtLevel=1 -cp "%MODULE_DIR%\target\classes" com.example.ClasspathLauncher --fresh "%CLASSPATH_FILE%" "%MODULE_DIR%\pom.xml" 2>nul
if errorlevel 1 goto resolve
goto run

:usage
echo USAGE: %~nx0 ^<main class^> [arguments...] 1>&2
exit /b 1

:resolve
echo Resolving the Kafka tools classpath with Maven, first run only ... 1>&2
pushd "%REPO_DIR%"
call mvnw.cmd -q -B -pl chapter2-cli-scripts compile 1>&2
set "RESOLVED=%ERRORLEVEL%"
popd
if "%RESOLVED%"=="0" goto run
echo Could not resolve the classpath. Run once from the repository root: mvnw.cmd -q install -DskipTests 1>&2
exit /b 1

:run
if "%KAFKA_LOG_CONFIG_DIR%"=="" set "KAFKA_LOG_CONFIG_DIR=%MODULE_DIR%\config\log\tools"
if "%KAFKA_HEAP_OPTS%"=="" set "KAFKA_HEAP_OPTS=-Xmx256m"
if "%KAFKA_JVM_PERFORMANCE_OPTS%"=="" set "KAFKA_JVM_PERFORMANCE_OPTS=-XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Xshare:auto"
"%JAVA%" %KAFKA_HEAP_OPTS% %KAFKA_JVM_PERFORMANCE_OPTS% -Djava.awt.headless=true %KAFKA_OPTS% -cp "%MODULE_DIR%\target\classes" com.example.ClasspathLauncher "%CLASSPATH_FILE%" "%KAFKA_LOG_CONFIG_DIR%" %*
exit /b %ERRORLEVEL%
