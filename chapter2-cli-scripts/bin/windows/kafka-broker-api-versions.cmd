@echo off
rem kafka-broker-api-versions: Kafka 4.3.1's org.apache.kafka.tools.BrokerApiVersionsCommand, as Kafka's bin\windows\kafka-broker-api-versions.bat runs it; the same arguments as
rem bin/kafka-broker-api-versions.sh and the book's kafka-broker-api-versions.sh (see ..\..\README.md).
call "%~dp0kafka-run-class.cmd" org.apache.kafka.tools.BrokerApiVersionsCommand %*
exit /b %ERRORLEVEL%
