@echo off
rem 2.1.4 kafka-server-start: Kafka 4.3.1's kafka.Kafka, as Kafka's bin\windows\kafka-server-start.bat runs it; the
rem twin of bin/kafka-server-start.sh (see ..\..\README.md), with the same settings:
rem   KAFKA_HEAP_OPTS             the book's 2.1.4 broker heap, 400 MB
rem   KAFKA_JVM_PERFORMANCE_OPTS  a broker runs for long: the normal JIT and Kafka's own G1 settings
rem   KAFKA_LOG_CONFIG_DIR        config\log\server: INFO on the console, so "Kafka Server started" shows
rem
rem   bin\windows\kafka-storage.cmd random-uuid
rem   bin\windows\kafka-storage.cmd format --standalone -t <that id> -c config\kraft\server.properties
rem   bin\windows\kafka-server-start.cmd config\kraft\server.properties
rem
rem Stop it with Ctrl+C. -daemon is the .sh's: on Windows open a second window instead.
setlocal
if "%~1"=="" goto usage
if "%~1"=="-daemon" goto daemon
for %%I in ("%~dp0..\..") do set "MODULE_DIR=%%~fI"
if "%KAFKA_HEAP_OPTS%"=="" set "KAFKA_HEAP_OPTS=-Xmx400m -Xms400m"
if "%KAFKA_JVM_PERFORMANCE_OPTS%"=="" set "KAFKA_JVM_PERFORMANCE_OPTS=-server -XX:+UseG1GC -XX:MaxGCPauseMillis=20 -XX:InitiatingHeapOccupancyPercent=35 -XX:+ExplicitGCInvokesConcurrent"
if "%KAFKA_LOG_CONFIG_DIR%"=="" set "KAFKA_LOG_CONFIG_DIR=%MODULE_DIR%\config\log\server"
call "%~dp0kafka-run-class.cmd" kafka.Kafka %*
exit /b %ERRORLEVEL%

:usage
echo USAGE: %~nx0 server.properties [--override property=value]* 1>&2
exit /b 1

:daemon
echo -daemon is for bin/kafka-server-start.sh; on Windows run the broker in a window of its own (Ctrl+C stops it). 1>&2
exit /b 1
