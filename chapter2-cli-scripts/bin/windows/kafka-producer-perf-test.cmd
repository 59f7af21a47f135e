@echo off
rem kafka-producer-perf-test: Kafka 4.3.1's org.apache.kafka.tools.ProducerPerformance, as Kafka's bin\windows\kafka-producer-perf-test.bat runs it; the same arguments as
rem bin/kafka-producer-perf-test.sh and the book's kafka-producer-perf-test.sh (see ..\..\README.md).
call "%~dp0kafka-run-class.cmd" org.apache.kafka.tools.ProducerPerformance %*
exit /b %ERRORLEVEL%
