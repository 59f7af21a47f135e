@echo off
rem kafka-verifiable-consumer: Kafka 4.3.1's org.apache.kafka.tools.VerifiableConsumer, as Kafka's bin\windows\kafka-verifiable-consumer.bat runs it; the same arguments as
rem bin/kafka-verifiable-consumer.sh and the book's kafka-verifiable-consumer.sh (see ..\..\README.md).
call "%~dp0kafka-run-class.cmd" org.apache.kafka.tools.VerifiableConsumer %*
exit /b %ERRORLEVEL%
