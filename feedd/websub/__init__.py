"""The built-in WebSub hub (W3C WebSub, 2018): subscribers ask for a topic's feed to be
pushed to them; the daemon pushes each new version of the feed's bytes.

- `rules`: pure — hub requests, the callback allow-list, leases, signatures, backoff.
- `subscriptions`: the subscriptions table in the state database (its own connection).
- `client`: the only way the hub sends requests (address checks on every connection).
- `hub`: takes requests from the HTTP server, verifies intent, queues and sends pushes.

Only the daemon builds a `Hub`; the server sees it through `feedd.server.HubEndpoint`.
"""
