@echo off
rem kafka-verifiable-producer: Kafka 4.3.1's org.apache.kafka.tools.VerifiableProducer, as Kafka's bin\windows\kafka-verifiable-producer.bat runs it; the same arguments as
rem bin/kafka-verifiable-producer.sh and the book's kafka-verifiable-producer.sh (see ..\..\README.md).
call "%~dp0kafka-run-class.cmd" org.apache.kafka.tools.VerifiableProducer %*
exit /b %ERRORLEVEL%
