// A TCP proxy that adds a fixed delay in each direction, run as its own process by the benchmarks to
// stand in for the network between an app server and its database (loopback has ~0.05 ms RTT, a
// same-region cloud database 0.5–2 ms). Usage: tsx latency-proxy.ts <listenPort> <targetPort> <oneWayMs>
import net from "node:net";

const [listenPort, targetPort, oneWayMs] = process.argv.slice(2).map(Number) as [number, number, number];

function delayed(from: net.Socket, to: net.Socket) {
  // setTimeout with one delay preserves order: chunks leave in the order they arrived.
  from.on("data", (chunk) => setTimeout(() => to.write(chunk), oneWayMs));
  from.on("end", () => setTimeout(() => to.end(), oneWayMs));
  from.on("error", () => to.destroy());
}

net
  .createServer((client) => {
    client.setNoDelay(true);
    const server = net.connect({ port: targetPort, host: "127.0.0.1" });
    server.setNoDelay(true);
    delayed(client, server);
    delayed(server, client);
  })
  .listen(listenPort, "127.0.0.1", () => process.send?.("ready"));
