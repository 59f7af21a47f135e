@echo off
rem kafka-server-start: Kafka 4.3.1's kafka.Kafka, as Kafka's bin\windows\kafka-server-start.bat runs it; the same arguments as
rem bin/kafka-server-start.sh and the book's kafka-server-start.sh (see ..\..\README.md).
call "%~dp0kafka-run-class.cmd" kafka.Kafka %*
exit /b %ERRORLEVEL%
