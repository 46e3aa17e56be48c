-- wrk script: every request adds one unit of a SKU to a new bag (no cookie), the costliest add: it creates the cart.
-- The SKU comes from the environment: SKU=... wrk -s bench/add-to-cart.lua ...
dofile("bench/percentiles.lua")
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/x-www-form-urlencoded"
wrk.body = "quantity=1&sku=" .. os.getenv("SKU")
