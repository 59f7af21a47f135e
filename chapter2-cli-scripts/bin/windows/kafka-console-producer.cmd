@echo off
rem kafka-console-producer: Kafka 4.3.1's org.apache.kafka.tools.ConsoleProducer, as Kafka's bin\windows\kafka-console-producer.bat runs it; the same arguments as
rem bin/kafka-console-producer.sh and the book's kafka-console-producer.sh (see ..\..\README.md).
call "%~dp0kafka-run-class.cmd" org.apache.kafka.tools.ConsoleProducer %*
exit /b %ERRORLEVEL%
