@echo off
rem kafka-console-consumer: Kafka 4.3.1's org.apache.kafka.tools.consumer.ConsoleConsumer, as Kafka's bin\windows\kafka-console-consumer.bat runs it; the same arguments as
rem bin/kafka-console-consumer.sh and the book's kafka-console-consumer.sh (see ..\..\README.md).
call "%~dp0kafka-run-class.cmd" org.apache.kafka.tools.consumer.ConsoleConsumer %*
exit /b %ERRORLEVEL%
