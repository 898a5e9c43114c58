#!/usr/bin/env lua
-- A module
--[[ block
comment ]]
local M = {}
function M.greet(name)
  local s = string.format("Hello, %s!", name)
  print(s .. " " .. tostring(#name))
  return s:gsub("%s+", "_")
end
local t = { x = 1.5, y = 0x1F, z = [[long
string]] }
for i, v in ipairs(t) do if v ~= nil and not false then break end end
return M
