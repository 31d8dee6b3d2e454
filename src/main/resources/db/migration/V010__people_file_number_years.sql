-- One counter row per year, made in advance: two persons registered at the same instant on 1 January
-- then only ever update the row (which serialises them), never race to insert it.
INSERT INTO file_number_counter (counter_year, last_value) SELECT y, 0 FROM (VALUES
(2020), (2021), (2022), (2023), (2024), (2025), (2026), (2027), (2028), (2029), (2030), (2031), (2032), (2033), (2034), (2035), (2036), (2037), (2038), (2039), (2040), (2041), (2042), (2043), (2044), (2045), (2046), (2047), (2048), (2049), (2050), (2051), (2052), (2053), (2054), (2055), (2056), (2057), (2058), (2059), (2060), (2061), (2062), (2063), (2064), (2065), (2066), (2067), (2068), (2069), (2070), (2071), (2072), (2073), (2074), (2075), (2076), (2077), (2078), (2079), (2080), (2081), (2082), (2083), (2084), (2085), (2086), (2087), (2088), (2089), (2090), (2091), (2092), (2093), (2094), (2095), (2096), (2097), (2098), (2099), (2100)
) AS years (y)
WHERE y NOT IN (SELECT counter_year FROM file_number_counter);
